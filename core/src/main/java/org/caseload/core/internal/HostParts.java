// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.caseload.spi.error.CaseloadException;
import org.caseload.spi.error.HostPartException;
import org.caseload.spi.error.HostPartException.Part;
import org.caseload.spi.forms.FormDefinition;
import org.caseload.spi.forms.FormProvider;
import org.caseload.spi.identity.IdentityProvider;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.support.SupportChannel;
import org.caseload.spi.ui.ArticleDocument;
import org.caseload.spi.ui.HelpContentSource;
import org.caseload.spi.ui.Notifier;
import org.caseload.spi.ui.ScreenGuide;
import org.caseload.spi.ui.SearchSynonyms;
import org.caseload.spi.ui.ShortcutDefinition;
import org.caseload.spi.ui.ShortcutOverride;
import org.caseload.spi.ui.ToolTipEntry;

/**
 * The parts a host plugs in, seen through a guard: what one of them throws that is not a
 * {@link CaseloadException}, and a null where its contract promises none, becomes a
 * {@link HostPartException} naming the part and the call, with the original as its cause. A
 * {@link CaseloadException} it throws passes unchanged.
 */
public final class HostParts {

    private HostParts() {
    }

    /** The identity provider, guarded. */
    public static IdentityProvider guard(IdentityProvider identity) {
        return () -> call(Part.IDENTITY_PROVIDER, "IdentityProvider.currentPrincipal", identity::currentPrincipal);
    }

    /** The form provider, guarded. */
    public static FormProvider guard(FormProvider forms) {
        return new FormProvider() {
            @Override
            public List<FormDefinition> forms(String organizationId) {
                return call(Part.FORM_PROVIDER, "FormProvider.forms", () -> forms.forms(organizationId));
            }

            @Override
            public Optional<FormDefinition> form(String organizationId, String formId, int version) {
                return call(Part.FORM_PROVIDER, "FormProvider.form", () -> forms.form(organizationId, formId, version));
            }
        };
    }

    /** The notifier, guarded. */
    public static Notifier guard(Notifier notifier) {
        return notification -> run(Part.NOTIFIER, "Notifier.send", () -> notifier.send(notification));
    }

    /** The support channel, guarded. */
    public static SupportChannel guard(SupportChannel channel) {
        return message -> run(Part.SUPPORT_CHANNEL, "SupportChannel.send", () -> channel.send(message));
    }

    /** The help content, guarded. */
    public static HelpContentSource guard(HelpContentSource content) {
        return new HelpContentSource() {
            @Override
            public List<ToolTipEntry> toolTips() {
                return call(Part.HELP_CONTENT_SOURCE, "HelpContentSource.toolTips", content::toolTips);
            }

            @Override
            public List<ArticleDocument> articles() {
                return call(Part.HELP_CONTENT_SOURCE, "HelpContentSource.articles", content::articles);
            }

            @Override
            public List<ShortcutDefinition> shortcuts() {
                return call(Part.HELP_CONTENT_SOURCE, "HelpContentSource.shortcuts", content::shortcuts);
            }

            @Override
            public List<ShortcutOverride> shortcutOverrides() {
                return call(Part.HELP_CONTENT_SOURCE, "HelpContentSource.shortcutOverrides",
                        content::shortcutOverrides);
            }

            @Override
            public List<ScreenGuide> screenGuides() {
                return call(Part.HELP_CONTENT_SOURCE, "HelpContentSource.screenGuides", content::screenGuides);
            }

            @Override
            public List<SearchSynonyms> searchSynonyms() {
                return call(Part.HELP_CONTENT_SOURCE, "HelpContentSource.searchSynonyms", content::searchSynonyms);
            }

            @Override
            public Optional<byte[]> image(String organizationId, String path) {
                return call(Part.HELP_CONTENT_SOURCE, "HelpContentSource.image", () -> content.image(organizationId,
                        path));
            }
        };
    }

    /**
     * What {@code work} returns, which must not be null.
     *
     * @param call the method of the part that {@code work} calls, for the message
     */
    static <T> T call(Part part, String call, Supplier<T> work) {
        T result;
        try {
            result = work.get();
        } catch (CaseloadException deliberate) {
            throw deliberate;
        } catch (RuntimeException failure) {
            throw failed(part, call, failure);
        }
        if (result == null) {
            throw new HostPartException(part, call + " returned null, which its contract rules out", null);
        }
        return result;
    }

    private static void run(Part part, String call, Runnable work) {
        call(part, call, () -> {
            work.run();
            return Boolean.TRUE;
        });
    }

    /** The failure of a part; the cause's class only, since its message may quote what it was handed. */
    static HostPartException failed(Part part, String call, Throwable cause) {
        return new HostPartException(part, call + " failed with " + cause.getClass().getName(), cause);
    }
}
