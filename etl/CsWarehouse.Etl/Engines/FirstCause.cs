using System.Data.Common;

namespace CsWarehouse.Etl.Engines;

/// <summary>Keeps the error that stopped a run in front: cleaning up after it must never replace it.</summary>
public static class FirstCause
{
    /// <summary>
    /// Rolls <paramref name="transaction"/> back after <paramref name="cause"/>. When the connection is what failed,
    /// the rollback fails too (a broken or disposed transaction) — the server has already undone the work, so that
    /// second error is only noted on the first, never thrown in its place.
    /// </summary>
    public static void Rollback(DbTransaction transaction, Exception cause)
    {
        try
        {
            transaction.Rollback();
        }
        catch (Exception rollbackError)
        {
            cause.Data["cswh.rollback"] = rollbackError.GetType().Name + ": " + rollbackError.Message;
        }
    }
}
