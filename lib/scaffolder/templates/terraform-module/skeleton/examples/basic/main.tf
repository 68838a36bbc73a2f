module "${{ values.name | replace('-', '_') }}" {
  source = "../.."
  name   = "example"
}
