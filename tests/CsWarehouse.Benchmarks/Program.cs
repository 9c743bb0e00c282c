using CsWarehouse.Benchmarks;

var options = BenchmarkOptions.Parse(args);
return options.Five9 ? VendorLayoutBenchmark.Run(options) : LoadBenchmark.Run(options);
