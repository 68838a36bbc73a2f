"""${{ values.name }}: ${{ values.description }}"""
from fastapi import FastAPI

app = FastAPI(title="${{ values.name }}")


@app.get("/healthz")
def health() -> dict[str, str]:
    return {"status": "ok"}


@app.get("/")
def root() -> dict[str, str]:
    return {"service": "${{ values.name }}"}
