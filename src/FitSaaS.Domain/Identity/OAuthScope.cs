using FitSaaS.Framework.Domain;
using OpenIddict.EntityFrameworkCore.Models;

namespace FitSaaS.Identity;

/// <summary>A scope the token server knows (OpenIddict's scope entity); host-owned.</summary>
public sealed class OAuthScope : OpenIddictEntityFrameworkCoreScope<Guid>, IHostEntity;
