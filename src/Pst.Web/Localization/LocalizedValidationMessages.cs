using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Pst.Web.Localization;

/// <summary>
/// The messages ASP.NET Core writes itself in English, in the reader's language: model binding's ("the value 'x' is
/// not valid for …", a number expected) and those of validation attributes given no message of their own (the
/// implicit <see cref="RequiredAttribute"/> of a non-nullable property among them). The keys are in SharedResource.
/// </summary>
internal sealed class LocalizedValidationMessages(IStringLocalizerFactory localizers) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var text = localizers.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => text["The value '{0}' is not valid for {1}.", value, field]);
        messages.SetMissingBindRequiredValueAccessor(field => text["A value for {0} is required.", field]);
        messages.SetMissingKeyOrValueAccessor(() => text["A value is required."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => text["A value is required."]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text["The value '{0}' is not valid.", value]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["The value given is not valid."]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => text["Enter a number."]);
        messages.SetUnknownValueIsInvalidAccessor(field => text["The value given is not valid for {0}.", field]);
        messages.SetValueIsInvalidAccessor(value => text["The value '{0}' is not valid.", value]);
        messages.SetValueMustBeANumberAccessor(field => text["{0} must be a number.", field]);
        messages.SetValueMustNotBeNullAccessor(field => text["A value for {0} is required.", field]);
        options.ModelMetadataDetailsProviders.Add(new DefaultErrorMessages());
    }

    /// <summary>Gives an attribute without a message of its own the site's key, which data-annotations localisation translates.</summary>
    private sealed class DefaultErrorMessages : IValidationMetadataProvider
    {
        public void CreateValidationMetadata(ValidationMetadataProviderContext context)
        {
            foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
            {
                if (attribute.ErrorMessage is null && attribute.ErrorMessageResourceName is null && KeyOf(attribute) is { } key)
                {
                    attribute.ErrorMessage = key;
                }
            }
        }

        private static string? KeyOf(ValidationAttribute attribute) => attribute switch
        {
            RequiredAttribute => "The {0} field is required.",
            StringLengthAttribute => "{0} is at most {1} characters.",
            MaxLengthAttribute => "{0} is at most {1} characters.",
            RangeAttribute => "{0} must be between {1} and {2}.",
            EmailAddressAttribute => "Enter a valid e-mail address.",
            _ => null,
        };
    }
}
