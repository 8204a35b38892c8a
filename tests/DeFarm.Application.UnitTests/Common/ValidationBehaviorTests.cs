using DeFarm.Application.Auth.Commands.ResetPassword;
using DeFarm.Application.Common;
using DeFarm.Application.Common.Behaviors;
using DeFarm.Application.Common.Exceptions;
using FluentValidation;

namespace DeFarm.Application.UnitTests.Common;

public sealed class ValidationBehaviorTests
{
    private static readonly MessageResponse Handled = new("handled");

    [Test]
    public async Task ShouldCallTheHandlerWhenTheMessageIsValid()
    {
        var behavior = new ValidationBehavior<ResetPasswordCommand, MessageResponse>([new ResetPasswordCommandValidator()]);
        var calls = 0;

        var response = await behavior.Handle(
            new ResetPasswordCommand { Token = "token", NewPassword = "N3w#Password" },
            (_, _) =>
            {
                calls++;
                return ValueTask.FromResult(Handled);
            },
            CancellationToken.None);

        response.ShouldBeSameAs(Handled);
        calls.ShouldBe(1);
    }

    [Test]
    public async Task ShouldThrowTheFailuresKeyedBySnakeCaseFieldNamesWithoutCallingTheHandler()
    {
        var behavior = new ValidationBehavior<ResetPasswordCommand, MessageResponse>([new ResetPasswordCommandValidator()]);
        var calls = 0;

        var exception = await Should.ThrowAsync<RequestValidationException>(async () => await behavior.Handle(
            new ResetPasswordCommand { Token = "", NewPassword = "weak" },
            (_, _) =>
            {
                calls++;
                return ValueTask.FromResult(Handled);
            },
            CancellationToken.None));

        calls.ShouldBe(0);
        exception.Code.ShouldBe("validation_failed");
        exception.Message.ShouldBe("Reset token is required");
        exception.Errors.Keys.ShouldBe(["token", "new_password"], ignoreOrder: true);
        exception.Errors["token"].ShouldBe(["Reset token is required"]);
        exception.Errors["new_password"].ShouldBe(["Password must be at least 8 characters long"]);
    }

    [Test]
    public async Task ShouldMergeTheFailuresOfEveryValidatorWithoutRepeatingAMessage()
    {
        var extra = new InlineValidator<ResetPasswordCommand>();
        extra.RuleFor(c => c.NewPassword).Must(p => p.Length > 100).WithMessage("Password must be long");
        extra.RuleFor(c => c.Token).NotEmpty().WithMessage("Reset token is required");
        var behavior = new ValidationBehavior<ResetPasswordCommand, MessageResponse>(
            [new ResetPasswordCommandValidator(), extra]);

        var exception = await Should.ThrowAsync<RequestValidationException>(async () => await behavior.Handle(
            new ResetPasswordCommand { Token = "", NewPassword = "weak" },
            (_, _) => ValueTask.FromResult(Handled),
            CancellationToken.None));

        exception.Errors["token"].ShouldBe(["Reset token is required"]);
        exception.Errors["new_password"].ShouldBe(
            ["Password must be at least 8 characters long", "Password must be long"]);
    }

    [Test]
    public async Task ShouldCallTheHandlerWhenTheMessageHasNoValidator()
    {
        var behavior = new ValidationBehavior<ResetPasswordCommand, MessageResponse>([]);

        var response = await behavior.Handle(
            new ResetPasswordCommand(), (_, _) => ValueTask.FromResult(Handled), CancellationToken.None);

        response.ShouldBeSameAs(Handled);
    }
}
