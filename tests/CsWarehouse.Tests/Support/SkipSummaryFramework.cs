using System.Collections.Concurrent;
using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("CsWarehouse.Tests.Support.SkipSummaryFramework", "CsWarehouse.Tests")]

namespace CsWarehouse.Tests.Support;

/// <summary>
/// xunit's own framework, plus one closing line per skip reason ("275 tests skipped: ..."). At default verbosity
/// `dotnet test` names each skipped test but not why; these lines say what to set up to run them.
/// The lines go out as diagnostic messages, which xunit.runner.json turns on.
/// </summary>
public sealed class SkipSummaryFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceInformation, IMessageSink diagnostics)
        : XunitTestFrameworkExecutor(assemblyName, sourceInformation, diagnostics)
    {
        protected override void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink,
            ITestFrameworkExecutionOptions executionOptions) =>
            base.RunTestCases(testCases, new SkipCounter(executionMessageSink, DiagnosticMessageSink), executionOptions);
    }

    /// <summary>Passes every message on, counting skips by reason; reports the counts as the assembly finishes.</summary>
    private sealed class SkipCounter(IMessageSink next, IMessageSink diagnostics) : LongLivedMarshalByRefObject, IMessageSink
    {
        private readonly ConcurrentDictionary<string, int> _reasons = new(StringComparer.Ordinal);

        public bool OnMessage(IMessageSinkMessage message)
        {
            if (message is ITestSkipped skipped) _reasons.AddOrUpdate(skipped.Reason ?? "(no reason given)", 1, (_, n) => n + 1);
            if (message is ITestAssemblyFinished)
                foreach (var line in SkipSummary.Lines(_reasons))
                    diagnostics.OnMessage(new DiagnosticMessage(line));
            return next.OnMessage(message);
        }
    }
}
