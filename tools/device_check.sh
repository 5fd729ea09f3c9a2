#!/bin/bash
# The prepared GPU check: one call of about 9 minutes on an H100 / H200.
# First, on a machine with the data and a package index (from the repository root):
#   bash tools/device_wheels.sh                                   # .whl/: open_clip, ftfy, fastcore, pydicom
#   cmdpi_pack --datasets vqa_rad --size 224 --out .packed        # 9 MiB: VQA-RAD at model resolution
# Then ship the repository with .whl/ and .packed/ to the GPU machine, run `bash tools/device_check.sh` there
# (its results land in $OUT, default runs/device), and commit them under results/ with the command. SMOKE=1 runs the same steps on a CPU
# with the tiny configuration (to check the script itself; its numbers mean nothing).
set -uo pipefail
export PYTHONUNBUFFERED=1
python3 -m pip install -q --no-index --no-deps --no-build-isolation --target /tmp/cmdpi-site .whl/*.whl . || exit 1
export PYTHONPATH=/tmp/cmdpi-site PATH=/tmp/cmdpi-site/bin:$PATH CMDPI_DATA=$PWD/.packed CMDPI_CACHE=/tmp/cmdpi-cache
O=${OUT:-runs/device}; mkdir -p "$O"
if [ "${SMOKE:-0}" = 1 ]; then
  CFG="--config tiny"; DEV=cpu; B="--batch-size 4 --fast-batch-size 8 --steps 1 --warmup 1"; FT="--max-steps 3 --batch-size 8"
else
  CFG="--config paper"; DEV=cuda; B="--batch-size 32 --fast-batch-size 128 --steps 10 --warmup 3"; FT="--max-steps 300 --batch-size 32 --compile --workers 8"
  nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv | tee "$O/gpu.txt"
fi
python3 -c "import torch, open_clip; print('torch', torch.__version__, 'open_clip', open_clip.__version__)" | tee "$O/versions.txt"
# 1. the real pre-training and fine-tuning steps, fp32 eager at batch 32 against bf16 + torch.compile (on by default on CUDA) + fused AdamW
timeout 300 cmdpi_bench $CFG $B --device $DEV --out "$O/bench.json" > /dev/null; echo "bench rc=$?"
# 2. real fine-tuning on VQA-RAD (ViT-B-16 size, random init: no weights on the machine), data
#    pipeline included; samples/s in metrics.jsonl gives the time of the paper's 300 epochs
timeout 200 cmdpi_finetune --dataset vqa_rad $CFG --epochs 300 $FT --device $DEV --out /tmp/ft-rad --no-resume 2>&1 | tail -2
cp /tmp/ft-rad/metrics.jsonl "$O/finetune-vqa_rad-metrics.jsonl" 2>/dev/null
ls -la "$O"
