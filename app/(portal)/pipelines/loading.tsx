import { ListSkeleton } from "@/components/list-skeleton";

export default ListSkeleton;
