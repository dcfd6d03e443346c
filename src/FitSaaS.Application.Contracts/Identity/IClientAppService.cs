using FitSaaS.Framework.Application;

namespace FitSaaS.Identity;

/// <summary>
/// Machine clients for <c>grant_type=client_credentials</c>: <c>/api/identity/clients</c>. Host admins
/// manage host clients, tenant admins their tenant's. A client's permissions are granted through
/// <c>/api/permission-management/permissions?providerName=C&amp;providerKey={clientId}</c>.
/// </summary>
public interface IClientAppService : IApplicationService
{
    /// <summary>A page of the current tenant's clients.</summary>
    Task<PagedResultDto<ClientDto>> GetListAsync(GetClientListInput input);

    /// <summary>One client.</summary>
    Task<ClientDto> GetAsync(Guid id);

    /// <summary>Registers a confidential client and returns its secret once.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Identity:DuplicateClientId</c>.</exception>
    Task<ClientWithSecretDto> CreateAsync(CreateClientDto input);

    /// <summary>Changes the name and scopes.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><see cref="IdentityErrorCodes.BuiltInClient"/> for the public first-party client.</exception>
    Task<ClientDto> UpdateAsync(Guid id, UpdateClientDto input);

    /// <summary>Replaces the secret (the old one stops working at once) and returns the new one once.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><see cref="IdentityErrorCodes.BuiltInClient"/> for the public first-party client.</exception>
    Task<ClientWithSecretDto> RegenerateSecretAsync(Guid id);

    /// <summary>Deletes the client; its refresh tokens and tokens already issued expire normally.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><see cref="IdentityErrorCodes.BuiltInClient"/> for the public first-party client.</exception>
    Task DeleteAsync(Guid id);
}
