using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace CsWarehouse.Etl.Engines;

/// <summary>
/// Hands rows to a thread of its own that writes them through the engine's bulk path, so the next rows are parsed and
/// checked while the engine takes in the last ones. Rows travel in batches through a queue that holds only a few, so
/// memory stays flat whatever the size of the file; a failure on either side stops both and reaches the caller.
/// </summary>
public sealed class BackgroundBulkWriter : IBulkWriter
{
    private const int BatchRows = 1024;
    private const int BatchesQueued = 4;

    private readonly IBulkWriter _engine;
    private readonly BlockingCollection<Batch> _queued = new(BatchesQueued);
    private readonly ConcurrentBag<Batch> _free = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;
    private Batch _filling = new();
    private Exception? _failure;

    public BackgroundBulkWriter(IBulkWriter engine)
    {
        _engine = engine;
        _thread = new Thread(WriteQueued) { IsBackground = true, Name = "cswh staging writer" };
        _thread.Start();
    }

    /// <summary>Copies the row (the caller may reuse its array) into the batch being filled.</summary>
    public void WriteRow(object?[] values)
    {
        var row = _filling.Rows[_filling.Count] ??= new object?[values.Length];
        Array.Copy(values, row, values.Length);
        if (++_filling.Count == BatchRows) Send();
    }

    /// <summary>Sends the last batch, waits until the engine has every row, then completes the engine's writer.</summary>
    public void Complete()
    {
        if (_filling.Count > 0) Send();
        _queued.CompleteAdding();
        _thread.Join();
        ThrowIfFailed();
        _engine.Complete();
    }

    public void Dispose()
    {
        // Left without Complete (the file failed): the rows still queued are not worth writing.
        if (!_queued.IsAddingCompleted)
        {
            _stop.Cancel();
            _queued.CompleteAdding();
        }
        _thread.Join();
        _engine.Dispose();
        _queued.Dispose();
        _stop.Dispose();
    }

    private void Send()
    {
        try
        {
            _queued.Add(_filling, _stop.Token);
        }
        catch (OperationCanceledException)
        {
            ThrowIfFailed();
            throw;
        }
        _filling = _free.TryTake(out var batch) ? batch : new Batch();
        ThrowIfFailed();
    }

    private void WriteQueued()
    {
        try
        {
            foreach (var batch in _queued.GetConsumingEnumerable(_stop.Token))
            {
                for (var i = 0; i < batch.Count; i++) _engine.WriteRow(batch.Rows[i]!);
                batch.Count = 0;
                _free.Add(batch);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            _failure = e;
            _stop.Cancel();
        }
    }

    private void ThrowIfFailed()
    {
        if (Volatile.Read(ref _failure) is { } failure) ExceptionDispatchInfo.Capture(failure).Throw();
    }

    private sealed class Batch
    {
        public readonly object?[]?[] Rows = new object?[BatchRows][];
        public int Count;
    }
}
