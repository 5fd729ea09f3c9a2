# cmdpi_bench on the CPU: the small configuration (with the text head over the corpus tokens, and over all CLIP tokens) and
# ViT-B-16, one thread while other runs shared the two cores. Each file records its command; --out named it before it
# moved here (bench-cpu-X.json is bench-X.json here). Commit: none recorded; the files were last written by commits
# d8e542e (bench-small.json), 3569a43 (bench-vitb16.json) and 25913c4 (bench-small-full-text-head.json).
cmdpi_bench --config small --device cpu --steps 10 --warmup 3 --batch-size 32 --questions-per-image 8 --out results/bench-cpu-small.json   # bench-small.json
cmdpi_bench --config small --device cpu --steps 10 --warmup 3 --batch-size 32 --kinds finetune,plain_finetune --set text_head=full --out results/bench-cpu-small-full-text-head.json   # bench-small-full-text-head.json
cmdpi_bench --config paper --device cpu --paths plain --kinds finetune,finetune_grouped,pretrain_vqa,pretrain_vqa_grouped --batch-size 16 --questions-per-image 8 --steps 2 --warmup 1 --out results/bench-cpu-vitb16.json   # bench-vitb16.json
