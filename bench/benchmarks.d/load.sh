run bot-app LoadBenchmark load.txt
