// Any address no other route claims: answer with GOV.UK's "Page not found".
export function loader() {
  throw new Response("Not found", { status: 404 });
}

export default function NotFound() {
  return null;
}
