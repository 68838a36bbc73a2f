// @ts-check
import { createApp } from "./app.js";

const port = Number(process.env.PORT ?? ${{ values.port }});
const server = createApp().listen(port, () => console.log(`${{ values.name }} listening on :${port}`));

// Kubernetes sends SIGTERM before it stops the pod: finish open requests, then exit.
process.on("SIGTERM", () => server.close(() => process.exit(0)));
