import { describe, expect, it } from "vitest";
import { classifyPostgresPlan } from "./postgres-plan.ts";

// Plans as PostgreSQL 15 printed them for the scale suite's reads (trimmed of cost figures).

const chatHistory = [
  "Limit  (cost=0.43..68.67 rows=51 width=316) (actual time=0.041..0.334 rows=51 loops=1)",
  "  ->  Nested Loop Left Join  (cost=0.43..6596.79 rows=4930 width=316) (actual time=0.039..0.328 rows=51 loops=1)",
  "        ->  Index Scan Backward using messages_pkey on messages m  (cost=0.29..5808.29 rows=4930 width=301)",
  "              Filter: (sid = 's0000000'::text)",
  "              Rows Removed by Filter: 969",
  "        ->  Index Scan using users_pkey on users u  (cost=0.14..0.16 rows=1 width=24)",
  "              Index Cond: (username = (m.sent_by)::text)",
  "Planning Time: 0.243 ms",
];

const oneAgent = [
  "Limit  (cost=70.20..70.25 rows=19 width=428) (actual time=0.154..0.158 rows=19 loops=1)",
  "  ->  Sort  (cost=70.20..70.25 rows=19 width=428) (actual time=0.153..0.155 rows=19 loops=1)",
  "        Sort Key: sessions.last_activity_at DESC, sessions.sid COLLATE \"C\" DESC",
  "        ->  Bitmap Heap Scan on sessions  (cost=4.48..69.80 rows=19 width=428)",
  "              Recheck Cond: ((agent = 'agent-08'::text) AND (status = 'open'::text))",
  "              ->  Bitmap Index Scan on sessions_inbox  (cost=0.00..4.48 rows=19 width=0)",
  "                    Index Cond: ((agent = 'agent-08'::text) AND (status = 'open'::text))",
  "              SubPlan 1",
  "                ->  Seq Scan on users  (cost=0.00..1.62 rows=1 width=32)",
  "                      Filter: (username = (sessions.agent)::text)",
];

describe("classifyPostgresPlan", () => {
  it("calls an index read for its order only, with the condition left to a filter, an index-ordered scan", () => {
    expect(classifyPostgresPlan(chatHistory)).toMatchObject({ access: "index-ordered scan", sort: "none" });
  });

  it("calls index conditions an index search, and a Sort node a sort of every match", () => {
    expect(classifyPostgresPlan(oneAgent)).toMatchObject({ access: "index search", sort: "full" });
  });

  it("calls a Seq Scan of a table that grows a table scan, and an Incremental Sort a sort of ties", () => {
    const plan = ["Limit  (cost=1.00..2.00 rows=50 width=8)", "  ->  Incremental Sort  (cost=1.00..2.00 rows=50 width=8)", "        ->  Seq Scan on messages  (cost=0.00..1.00 rows=1000 width=8)"];
    expect(classifyPostgresPlan(plan)).toMatchObject({ access: "table scan", sort: "partial" });
  });
});
