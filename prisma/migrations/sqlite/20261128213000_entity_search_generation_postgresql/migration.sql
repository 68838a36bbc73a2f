-- PostgreSQL only: SQLite has had this counter since 20261128181500_entity_search_generation.
SELECT 1;
