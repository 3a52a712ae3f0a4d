-- wrk script: after the run, prints the latency percentiles wrk's --latency table leaves out (p95 among them).
done = function(summary, latency, requests)
  io.write("Percentiles (ms):")
  for _, p in ipairs({ 50, 90, 95, 99 }) do
    io.write(string.format("  p%d %.1f", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("\nErrors: connect %d, read %d, write %d, status %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
end
