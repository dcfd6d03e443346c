namespace FitSaaS.Billing;

/// <summary>Permission names of the Billing module (tenant side only).</summary>
public static class BillingPermissions
{
    /// <summary>Group name.</summary>
    public const string GroupName = "FitSaaS.Billing";

    /// <summary>Plans.</summary>
    public static class Plans
    {
        /// <summary>List and read plans (members: what they can buy).</summary>
        public const string Default = GroupName + ".Plans";

        /// <summary>Create, change, archive and delete plans.</summary>
        public const string Manage = Default + ".Manage";
    }

    /// <summary>Memberships.</summary>
    public static class Memberships
    {
        /// <summary>Read one's own memberships, entitlements and ledger; cancel and freeze one's own.</summary>
        public const string Default = GroupName + ".Memberships";

        /// <summary>Sell plans to members; read, cancel and freeze any member's memberships; waive penalties.</summary>
        public const string Manage = Default + ".Manage";
    }

    /// <summary>Invoices, payments, credit notes and debts.</summary>
    public static class Invoices
    {
        /// <summary>Read one's own invoices and payments.</summary>
        public const string Default = GroupName + ".Invoices";

        /// <summary>Read every invoice; record payments and refunds; void and write off invoices; see debts.</summary>
        public const string Manage = Default + ".Manage";
    }

    /// <summary>Online payments (Stripe).</summary>
    public static class OnlinePayments
    {
        /// <summary>Connect the gym's Stripe account, onboard it and see its state (the gym's administrators).</summary>
        public const string Default = GroupName + ".OnlinePayments";
    }

    /// <summary>Financial reports.</summary>
    public static class Reports
    {
        /// <summary>Revenue, MRR, members, churn, debts, penalties.</summary>
        public const string Default = GroupName + ".Reports";
    }
}
