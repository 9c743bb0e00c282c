using CsWarehouse.Benchmarks;

var options = BenchmarkOptions.Parse(args);
TimedRun.PublishCswh(Path.Combine(options.Work, "cswh"));
return options.Five9 ? VendorLayoutBenchmark.Run(options) : LoadBenchmark.Run(options);
