using FitSaaS.Identity;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Identity;

/// <summary>Maps the Identity module: ASP.NET Core Identity tables with per-tenant uniqueness, OpenIddict's entities, the token server's keys.</summary>
public static class IdentityModelBuilderExtensions
{
    /// <summary>Applies the Identity module's entity configurations.</summary>
    public static void ConfigureIdentity(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<AppUser>(b =>
        {
            b.ToTable("Users");
            b.Property(u => u.UserName).HasMaxLength(IdentityConsts.MaxUserNameLength);
            b.Property(u => u.NormalizedUserName).HasMaxLength(IdentityConsts.MaxUserNameLength);
            b.Property(u => u.Email).HasMaxLength(IdentityConsts.MaxEmailLength);
            b.Property(u => u.NormalizedEmail).HasMaxLength(IdentityConsts.MaxEmailLength);
            b.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
            b.Property(u => u.SecurityStamp).HasMaxLength(64);
            b.Property(u => u.PasswordHash).HasMaxLength(512);
            b.Property(u => u.PhoneNumber).HasMaxLength(IdentityConsts.MaxPhoneNumberLength);
            b.Property(u => u.Name).HasMaxLength(IdentityConsts.MaxNameLength);
            b.Property(u => u.Surname).HasMaxLength(IdentityConsts.MaxSurnameLength);
            // Unique within a tenant, not globally.
            b.HasIndex(u => new { u.TenantId, u.NormalizedUserName }).IsUnique();
            b.HasIndex(u => new { u.TenantId, u.NormalizedEmail });
            b.HasMany<AppUserRole>().WithOne().HasForeignKey(ur => ur.UserId).IsRequired();
            b.HasMany<AppUserClaim>().WithOne().HasForeignKey(uc => uc.UserId).IsRequired();
            b.HasMany<AppUserLogin>().WithOne().HasForeignKey(ul => ul.UserId).IsRequired();
            b.HasMany<AppUserToken>().WithOne().HasForeignKey(ut => ut.UserId).IsRequired();
        });
        modelBuilder.Entity<AppRole>(b =>
        {
            b.ToTable("Roles");
            b.Property(r => r.Name).HasMaxLength(IdentityConsts.MaxUserNameLength);
            b.Property(r => r.NormalizedName).HasMaxLength(IdentityConsts.MaxUserNameLength);
            b.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
            b.HasIndex(r => new { r.TenantId, r.NormalizedName }).IsUnique();
            b.HasMany<AppUserRole>().WithOne().HasForeignKey(ur => ur.RoleId).IsRequired();
            b.HasMany<AppRoleClaim>().WithOne().HasForeignKey(rc => rc.RoleId).IsRequired();
        });
        modelBuilder.Entity<AppUserRole>(b =>
        {
            b.ToTable("UserRoles");
            b.HasKey(ur => new { ur.UserId, ur.RoleId });
        });
        modelBuilder.Entity<AppUserClaim>(b =>
        {
            b.ToTable("UserClaims");
            b.HasKey(uc => uc.Id);
        });
        modelBuilder.Entity<AppUserLogin>(b =>
        {
            b.ToTable("UserLogins");
            b.HasKey(l => new { l.LoginProvider, l.ProviderKey });
            b.Property(l => l.LoginProvider).HasMaxLength(128);
            b.Property(l => l.ProviderKey).HasMaxLength(128);
        });
        modelBuilder.Entity<AppUserToken>(b =>
        {
            b.ToTable("UserTokens");
            b.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
            b.Property(t => t.LoginProvider).HasMaxLength(128);
            b.Property(t => t.Name).HasMaxLength(128);
        });
        modelBuilder.Entity<AppRoleClaim>(b =>
        {
            b.ToTable("RoleClaims");
            b.HasKey(rc => rc.Id);
        });
        // OpenIddict's applications, authorizations, scopes and tokens (tables OpenIddictApplications, …), with TenantId.
        modelBuilder.UseOpenIddict<OAuthApplication, OAuthAuthorization, OAuthScope, OAuthToken, Guid>();
        modelBuilder.Entity<SigningKey>(b =>
        {
            b.ToTable("SigningKeys");
            b.Property(k => k.KeyId).HasMaxLength(64).IsRequired();
            b.Property(k => k.Purpose).HasMaxLength(8).IsRequired();
            // Two instances creating the same generation at once: the second insert fails and it re-reads the first.
            b.HasIndex(k => new { k.Purpose, k.Generation }).IsUnique();
            b.Property(k => k.PrivateKeyPkcs8).HasMaxLength(4096).IsRequired();
            b.HasIndex(k => k.KeyId).IsUnique();
        });
    }
}
