namespace FitSaaS.Framework.Uow;

/// <summary>Options of a new unit of work.</summary>
public sealed class UnitOfWorkOptions
{
    /// <summary>Run in a database transaction; default true.</summary>
    public bool IsTransactional { get; init; } = true;
}
