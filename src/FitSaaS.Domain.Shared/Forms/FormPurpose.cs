namespace FitSaaS.Forms;

/// <summary>What a form is for (shown to staff and members; it changes no rule).</summary>
public enum FormPurpose
{
    /// <summary>Any other form.</summary>
    General,

    /// <summary>Filled in when joining (e.g. issued when a membership becomes active).</summary>
    Onboarding,

    /// <summary>Health questions (PAR-Q style); its answers are health data (GDPR Art. 9).</summary>
    HealthQuestionnaire,

    /// <summary>Filled in at check-in.</summary>
    CheckIn,
}
