import { toFailure } from "@/lib/auth/to-failure";
import { getCurrentMember } from "@/lib/auth/session";
import { ZPickerQuery } from "@/lib/schemas/pickers";
import { findPickerChoices } from "@/lib/server/pickers/find-picker-choices";

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, VALIDATION: 400, UNAVAILABLE: 503 };

/**
 * GET /api/pickers/articles?q=… (or /entities): up to 20 of the member's team's matches for a
 * filter's combobox, as someone types. A GET route rather than a server action: lookups run
 * side by side and the newest can cancel the one before.
 */
export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const headers = { "cache-control": "private, no-store" };
  try {
    // Inside the try: loading the member reads the database too, which may be unreachable.
    const member = await getCurrentMember();
    if (!member) return Response.json({ error: "UNAUTHENTICATED" }, { status: 401, headers });
    const parsed = ZPickerQuery.safeParse({
      kind: (await params).kind,
      q: new URL(request.url).searchParams.get("q") ?? "",
    });
    if (!parsed.success) return Response.json({ error: "VALIDATION" }, { status: 400, headers });
    return Response.json({ choices: await findPickerChoices(member, parsed.data) }, { headers });
  } catch (error) {
    const failure = await toFailure(error);
    return Response.json({ error: failure.code }, { status: STATUS[failure.code] ?? 500, headers });
  }
}
