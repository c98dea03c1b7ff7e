// The server sends refused cross-site requests here, so they see the service's own 403 page.
export function loader() {
  throw new Response("Forbidden", { status: 403 });
}

export default function Forbidden() {
  return null;
}
