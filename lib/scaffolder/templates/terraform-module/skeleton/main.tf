# ${{ values.name }}: ${{ values.description }}
terraform {
  required_version = ">= 1.6"
}

locals {
  tags = merge(var.tags, { module = "${{ values.name }}", owner = "${{ values.ownerTeam }}" })
}
