-- AlterTable
ALTER TABLE "Location" ADD COLUMN "readPaths" JSONB;

