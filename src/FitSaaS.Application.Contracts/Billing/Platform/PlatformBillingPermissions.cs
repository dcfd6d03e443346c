namespace FitSaaS.Billing.Platform;

/// <summary>Permission names of platform billing: operators' (host side) and the gym administrators' (tenant side).</summary>
public static class PlatformBillingPermissions
{
    /// <summary>Group name.</summary>
    public const string GroupName = "FitSaaS.PlatformBilling";

    /// <summary>Edition prices (host side).</summary>
    public static class EditionPrices
    {
        /// <summary>Read the editions' prices.</summary>
        public const string Default = GroupName + ".EditionPrices";

        /// <summary>Set an edition's price (creates Stripe Products and Prices on the platform account).</summary>
        public const string Manage = Default + ".Manage";
    }

    /// <summary>Every gym's billing status (host side).</summary>
    public static class Tenants
    {
        /// <summary>List every gym's edition and platform subscription.</summary>
        public const string Default = GroupName + ".Tenants";
    }

    /// <summary>The gym's own platform subscription (tenant side; the gym's administrators).</summary>
    public static class Subscription
    {
        /// <summary>See the gym's platform subscription and the prices; subscribe and cancel.</summary>
        public const string Default = GroupName + ".Subscription";
    }
}
