output "tags" {
  description = "The tags every resource gets."
  value       = local.tags
}
