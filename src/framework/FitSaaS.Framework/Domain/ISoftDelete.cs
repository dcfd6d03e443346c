namespace FitSaaS.Framework.Domain;

/// <summary>
/// Soft delete: deleting sets <see cref="IsDeleted"/> instead of removing the row, and a global
/// query filter hides deleted rows (disable it with <c>IDataFilter.Disable&lt;ISoftDelete&gt;()</c>).
/// </summary>
public interface ISoftDelete
{
    /// <summary>True once deleted.</summary>
    bool IsDeleted { get; set; }
}
