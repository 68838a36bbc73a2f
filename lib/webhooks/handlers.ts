// Every module that registers GitHub event handlers with onGithubEvent, imported for its side
// effect by the github.webhook job. Adding a handler module: one import line here.
import "../catalog/github/push-handler";
import "../pipelines/github-handlers";
import "../deployments/github-handlers";
