namespace FitSaaS.Framework.Uow;

/// <summary>Starts units of work and tells whether one is active in the current scope.</summary>
public interface IUnitOfWorkManager
{
    /// <summary>The active unit of work of this scope, or null.</summary>
    IUnitOfWork? Current { get; }

    /// <summary>Begins a unit of work, or joins the current one when one is active.</summary>
    Task<IUnitOfWork> BeginAsync(UnitOfWorkOptions? options = null, CancellationToken cancellationToken = default);
}
