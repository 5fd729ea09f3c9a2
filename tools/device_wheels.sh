#!/bin/bash
# Download, into the ignored folder .whl/, the wheels a GPU device machine lacks (it has PyTorch,
# torchvision, timm, numpy, pillow, matplotlib, tqdm, regex, huggingface_hub; it cannot reach PyPI).
# Run here, once, from the repository root; then `carry` .whl (see tools/device_check.sh).
set -euo pipefail
grep -qx '/.whl/' .git/info/exclude 2>/dev/null || echo '/.whl/' >> .git/info/exclude
python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
  --platform manylinux_2_28_x86_64 --platform manylinux2014_x86_64 --platform any -d .whl \
  open_clip_torch==3.3.0 ftfy==6.3.1 wcwidth==0.2.13 fastcore==1.12.47 pydicom==3.0.2
ls .whl
