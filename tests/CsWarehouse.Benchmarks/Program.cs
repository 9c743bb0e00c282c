using CsWarehouse.Benchmarks;

return LoadBenchmark.Run(BenchmarkOptions.Parse(args));
