// Prometheus metrics (prom-client), one registry per process, served at /api/metrics.
import client from "prom-client";

const globalForMetrics = globalThis as unknown as { flightdeckMetrics?: ReturnType<typeof create> };

function create() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: "flightdeck_" });
  return {
    registry,
    httpRequests: new client.Counter({
      name: "flightdeck_api_requests_total",
      help: "REST API requests by route, method and status",
      labelNames: ["route", "method", "status"] as const,
      registers: [registry],
    }),
    httpDuration: new client.Histogram({
      name: "flightdeck_api_request_duration_seconds",
      help: "REST API request duration",
      labelNames: ["route", "method"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    catalogSearches: new client.Counter({
      name: "flightdeck_catalog_searches_total",
      help: "Catalog text searches (lists in name order, and facet counts under a search), by how they were answered: a read worker's in-memory index, or SQL",
      labelNames: ["via"] as const,
      registers: [registry],
    }),
    jobsProcessed: new client.Counter({
      name: "flightdeck_jobs_processed_total",
      help: "Background jobs finished by type and outcome",
      labelNames: ["type", "outcome"] as const,
      registers: [registry],
    }),
  };
}

export const metrics = globalForMetrics.flightdeckMetrics ?? (globalForMetrics.flightdeckMetrics = create());
