namespace RusToK.Domain.Kernel.Localization;

/// <summary>An entity's texts in one other language; the entity's own fields are the default language's.</summary>
public interface ITranslation
{
    string Language { get; }
}
