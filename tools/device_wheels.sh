#!/bin/bash
# Download, into the ignored folder .whl/, the wheels a GPU machine that has PyTorch, torchvision, timm, numpy,
# pillow, matplotlib, tqdm, regex and huggingface_hub but cannot reach PyPI still needs.
# Run once, from the repository root, where PyPI is reachable; then ship .whl/ with the code (see tools/device_check.sh).
set -euo pipefail
grep -qx '/.whl/' .git/info/exclude 2>/dev/null || echo '/.whl/' >> .git/info/exclude
python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
  --platform manylinux_2_28_x86_64 --platform manylinux2014_x86_64 --platform any -d .whl \
  open_clip_torch==3.3.0 ftfy==6.3.1 wcwidth==0.2.13 fastcore==1.12.47 pydicom==3.0.2
ls .whl
