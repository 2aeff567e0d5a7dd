#!/usr/bin/env python3
"""A scripted test model for README examples: an OpenAI-compatible chat-completions server on loopback.

It is not a language model. For the SQL task it answers a question it knows with SQL written here by hand; for the
summary task it writes one sentence from the first rows of the result AskBar sends it (so every number comes from the
database). Point AskBar at it with
    GROQ_API_KEYS=gsk_scripted_test_model_0000 ASKBAR_GROQ_BASE_URL=http://127.0.0.1:PORT/openai/v1
Usage: bench/scripted-model.py PORT
"""
import json
import sys
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SQL = {
    "which were the top 5 products by revenue last month?": """SELECT p.name AS product,
       round(sum(ol.quantity * ol.unit_price * (1 - ol.discount)), 2) AS revenue_eur
FROM public.order_lines ol
JOIN public.orders o ON o.order_id = ol.order_id
JOIN public.products p ON p.product_id = ol.product_id
WHERE o.status NOT IN ('cancelled', 'returned')
  AND o.ordered_at >= date_trunc('month', now()) - interval '1 month'
  AND o.ordered_at < date_trunc('month', now())
GROUP BY p.name
ORDER BY revenue_eur DESC
LIMIT 5""",
}


def sql_answer(user):
    question = user.rsplit("Question:", 1)[-1].strip().splitlines()[0].strip().lower()
    sql = SQL.get(question)
    if sql is None:
        return "I cannot answer that."
    return "```sql\n" + sql + "\n```"


def summary_answer(user):
    lines = user.splitlines()
    header = next(i for i, l in enumerate(lines) if l.startswith("Rows returned:"))
    columns = lines[header + 1].split("\t")
    rows = [l.split("\t") for l in lines[header + 2:] if "\t" in l]
    if not rows:
        return "No rows matched."
    first = rows[0]
    text = f"{first[0]} leads with {columns[1]} {first[1]}"
    if len(rows) > 1:
        text += f", ahead of {rows[1][0]} ({rows[1][1]})"
    return text + f"; {len(rows)} rows in all."


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        messages = body["messages"]
        system = next((m["content"] for m in messages if m["role"] == "system"), "")
        user = next((m["content"] for m in messages if m["role"] == "user"), "")
        content = summary_answer(user) if system.startswith("You summarise") else sql_answer(user)
        reply = json.dumps({
            "id": "chatcmpl-" + str(uuid.uuid4()), "object": "chat.completion", "created": int(time.time()),
            "model": body.get("model", "scripted"),
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
        }).encode()
        # one write per response: no Nagle / delayed-ACK stall on loopback
        self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                         + str(len(reply)).encode() + b"\r\n\r\n" + reply)

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
