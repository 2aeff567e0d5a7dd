# Slack adapter: acknowledgement latency of concurrent signed /ask commands, and time to the final answer.
run bot-slack SlackAckBenchmark slack-ack.txt
