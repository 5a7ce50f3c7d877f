"use client";

import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { signOutForInvitationAction } from "../actions";

export function SignOutButton({ token }: { token: string }) {
  const t = useTranslations("invite");
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="secondary"
      disabled={pending}
      className="self-start"
      onClick={() => startTransition(() => signOutForInvitationAction(token))}
    >
      {t("signOut")}
    </Button>
  );
}
