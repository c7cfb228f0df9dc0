-- DropForeignKey
ALTER TABLE "documents" DROP CONSTRAINT "documents_agenda_item_id_fkey";

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_agenda_item_id_fkey" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE SET NULL ON UPDATE CASCADE;
