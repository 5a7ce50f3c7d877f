import { suggestClaims } from "@/lib/domain/claims/claim-suggestions";
const text = process.argv[2]!;
for (const s of suggestClaims(text, { entities: [{ id: "sohr", name: "Syrian Observatory for Human Rights", aliases: ["SOHR", "المرصد"] }, {id:"fr", name:"France", aliases:["فرنسا"]}] }))
  console.log(JSON.stringify({ q: s.quote, t: s.type, c: s.claimant, v: s.reportedVia, score: s.score }));
