using FitSaaS.Framework.Events;
using FitSaaS.Identity;

namespace FitSaaS.PermissionManagement;

/// <summary>Keeps role grants in step with role renames and deletions, in the same unit of work.</summary>
public sealed class RoleGrantsEventHandler(IPermissionGrantRepository grants) : ILocalEventHandler<RoleRenamedEvent>, ILocalEventHandler<RoleDeletedEvent>
{
    /// <inheritdoc/>
    public async Task HandleEventAsync(RoleRenamedEvent eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        foreach (var grant in await grants.GetListAsync(PermissionGrant.RoleProvider, eventData.OldName, cancellationToken))
        {
            grant.ChangeProviderKey(eventData.NewName);
        }
    }

    /// <inheritdoc/>
    public async Task HandleEventAsync(RoleDeletedEvent eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        foreach (var grant in await grants.GetListAsync(PermissionGrant.RoleProvider, eventData.Name, cancellationToken))
        {
            await grants.DeleteAsync(grant, cancellationToken: cancellationToken);
        }
    }
}
