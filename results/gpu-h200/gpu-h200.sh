# One NVIDIA H200: the benchmark of the paper-size model and a first ViT-B-16 run on ROCO and SLAKE, in two calls.
# Commit: c29889a0 (slake/results.json records it). How it ran, step by step: README.md here.
# Prepared where PyPI is reachable, shipped with the code (the machine had no package index and no datasets):
#   bash tools/device_wheels.sh
#   cmdpi_pack --datasets roco,slake --size 224 --quality 85 --out .packed
# Call 1 (run.log; bench.json, slake/):
COMMIT=c29889a0 BUDGET=500 bash tools/device_check.sh
# Call 2, the compiled steps call 1 did not reach:
cmdpi_bench --config paper --device cuda --paths fast --kinds pretrain --fast-batch-size 128 --steps 10 --warmup 3 --profile   # bench-pretrain-fast.json
cmdpi_bench --config paper --device cuda --paths fast --kinds finetune_grouped --questions-per-image 8 --fast-batch-size 256 --steps 10 --warmup 3   # bench-grouped-256.json
