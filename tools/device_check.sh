#!/bin/bash
# The prepared GPU check: one call of about 8 minutes on an H100 / H200, for a machine that has PyTorch but no
# package index and no datasets. First, on a machine with the data and a package index (from the repository root):
#   bash tools/device_wheels.sh                                                  # .whl/: open_clip, ftfy, fastcore, pydicom
#   cmdpi_pack --datasets roco,slake --size 224 --quality 85 --out .packed      # ~35 MiB: ROCO and SLAKE at model resolution
# Then ship the repository with .whl/ and .packed/ to the GPU machine and run `COMMIT=$(git rev-parse HEAD) bash
# tools/device_check.sh` there. Its results land in $OUT (default runs/device); commit them as a study folder
# results/gpu-<device>/ with the commands that ran (as results/gpu-h200/gpu-h200.sh) and a README of how they ran.
#  1. cmdpi_bench at ViT-B-16: fp32 eager (batch 32), bf16 eager (batch 32) and bf16 + torch.compile (batch 128), for
#     pre-training, CMDPI fine-tuning per question and grouped by image, with a torch.profiler table of each fast path;
#  2. in the time left (BUDGET seconds in all, default 500): ViT-B-16 from random initialisation, co-regularised
#     pre-training on the ROCO subset, then SLAKE fine-tuning selected on validate.json, evaluated on test beside the
#     baselines; the epochs of each stage are set from the bf16 throughput the bench measured, so both fit.
# SMOKE=1 runs the same steps on a CPU with the tiny configuration and a few steps (to check the script; its numbers mean nothing).
set -uo pipefail
export PYTHONUNBUFFERED=1
T0=$(date +%s); BUDGET=${BUDGET:-500}; left() { echo $(( BUDGET - ($(date +%s) - T0) )); }
python3 -m pip install -q --no-index --no-deps --no-build-isolation --target /tmp/cmdpi-site .whl/*.whl . || exit 1
export PYTHONPATH=/tmp/cmdpi-site PATH=/tmp/cmdpi-site/bin:$PATH CMDPI_DATA=$PWD/.packed CMDPI_CACHE=/tmp/cmdpi-cache
export CMDPI_GIT_COMMIT=${COMMIT:-}
O=${OUT:-runs/device}; mkdir -p "$O"; R=/dev/shm/cmdpi; [ -d /dev/shm ] || R=/tmp/cmdpi; rm -rf "$R"; mkdir -p "$R"
LOG="$O/run.log"; exec > >(tee -a "$LOG") 2>&1
if [ "${SMOKE:-0}" = 1 ]; then
  CFG="--config tiny"; DEV=cpu; B="--batch-size 8 --fast-batch-size 8 --steps 1 --warmup 1"; W=0; CAP="--max-steps 2"
else
  CFG="--config paper"; DEV=cuda; B="--batch-size 32 --fast-batch-size 128 --steps 10 --warmup 3"; W=12; CAP=""
  nvidia-smi --query-gpu=name,memory.total,driver_version,clocks.max.sm --format=csv | tee "$O/gpu.txt"
fi
python3 -c "import torch, open_clip, cmdpi; print('torch', torch.__version__, '| open_clip', open_clip.__version__, '| cmdpi', cmdpi.__version__)"
echo "commit ${COMMIT:-unknown} | budget ${BUDGET}s | $(nproc) CPUs"

# 1. the training steps, three paths, per question and grouped by image (k = 8)
echo "== bench ($(left)s left)"
timeout $(( $(left) - 200 )) cmdpi_bench $CFG $B --device $DEV --paths plain,bf16,fast --kinds finetune,finetune_grouped,pretrain \
  --questions-per-image 8 --profile --out "$O/bench.json" > "$R/bench.out"; echo "bench rc=$?"
python3 - "$O/bench.json" <<'EOF'
import json, sys
try: r = json.load(open(sys.argv[1]))
except Exception as e: sys.exit(f'no bench JSON ({e})')
for k, v in r['results'].items():
    if not v['samples_per_s']: print(k, v.get('error')); continue
    print(f"{k:28s} {v['samples_per_s']:9.1f} q/s  {v['gflop_per_sample']:7.1f} GFLOP/q  MFU {100 * (v['mfu'] or 0):5.1f} %  "
          f"peak {v['peak_mem_gib'] or 0:5.1f} GiB  batch {v['batch_size']}")
for k, v in r.get('grouped', {}).items(): print(f"grouped ÷ per question {k}: GFLOP {v['gflop_ratio']:.2f}, questions/s {v['speedup']:.2f}")
EOF

# 2. epochs that fit the time left, from the bf16 eager throughput just measured (data loading, evaluation and checkpoints
#    take the rest): pre-training 45 % of it, fine-tuning 40 %, evaluation and margins 15 %
read EP EF <<< "$(python3 - "$O/bench.json" "$(left)" "${SMOKE:-0}" <<'EOF'
import json, sys
left, smoke = int(sys.argv[2]), sys.argv[3] == '1'
if smoke: print(1, 1); sys.exit()
try: res = json.load(open(sys.argv[1]))['results']
except Exception: res = {}
sp = (res.get('pretrain/bf16') or {}).get('samples_per_s') or 300.                 # no measurement: a guess
sf = (res.get('finetune_grouped/bf16') or {}).get('samples_per_s') or 700.
print(max(1, min(100, int(0.45 * left * 0.6 * sp / 4645))), max(1, min(300, int(0.40 * left * 0.5 * sf / 4918))))
EOF
)"
echo "== pre-training, $EP epochs ($(left)s left)"
timeout $(( $(left) * 55 / 100 )) cmdpi_pretrain --corpus roco $CFG --pretrain-epochs $EP --batch-size 32 --pretrain-lr 1e-4 \
  --device $DEV --workers $W --out "$R/pt" --no-resume $CAP; echo "pretrain rc=$?"
cp "$R/pt/metrics.jsonl" "$O/pretrain-metrics.jsonl" 2>/dev/null
INIT=$R/pt/last.pt; [ -f "$INIT" ] || { echo "no pre-training checkpoint: fine-tuning from random initialisation"; INIT=; }
echo "== fine-tuning, $EF epochs ($(left)s left)"
timeout $(( $(left) - 40 )) cmdpi_finetune --dataset slake ${INIT:+--init $INIT} $CFG --epochs $EF --batch-size 32 --lr 1e-4 \
  --set questions_per_image=8 --device $DEV --workers $W --out "$R/ft" --no-resume $CAP; echo "finetune rc=$?"
cp "$R/ft/metrics.jsonl" "$O/finetune-metrics.jsonl" 2>/dev/null
CK=$R/ft/best.pt; [ -f "$CK" ] || CK=$R/ft/last.pt
echo "== evaluation of $(basename $CK) ($(left)s left)"
[ -f "$CK" ] && cmdpi_eval --ckpt "$CK" --split test --device $DEV --out "$O"
echo "done in $(( $(date +%s) - T0 ))s"
