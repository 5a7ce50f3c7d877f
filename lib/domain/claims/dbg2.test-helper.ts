import { tokenize } from "@/lib/domain/claims/claim-tokens";
import { signalsOf } from "@/lib/domain/claims/claim-type-guess";
const t = tokenize(process.argv[2]!);
console.log(t.map((x) => x.norm).join(" | "));
console.log(signalsOf(t));
