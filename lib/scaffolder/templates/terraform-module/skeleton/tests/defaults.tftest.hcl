variables {
  name = "example"
}

run "tags_name_the_module" {
  command = plan
  assert {
    condition     = output.tags["module"] == "${{ values.name }}"
    error_message = "the module tag is missing"
  }
}
