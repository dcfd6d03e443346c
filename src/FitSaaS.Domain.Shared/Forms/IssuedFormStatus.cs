namespace FitSaaS.Forms;

/// <summary>Whether the member still has to fill in an issued form.</summary>
public enum IssuedFormStatus
{
    /// <summary>Still to fill in.</summary>
    Pending,

    /// <summary>A submission of the form completed it.</summary>
    Completed,
}
