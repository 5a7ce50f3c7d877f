import { NotFoundMessage } from "@/components/shell/not-found-message";

/** Inside the app's layout, which already holds the page's one <main>. */
export default function NotFound() {
  return <NotFoundMessage />;
}
