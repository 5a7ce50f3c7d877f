"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { CommentDto } from "@/lib/server/comments/list-comments";
import { addCommentAction } from "../actions";
import { MentionTextarea } from "./mention-textarea";

/** Threaded comments with @mentions (plain text: nothing a comment says is rendered as markup). */
export function CommentsSection({
  claimId,
  threads,
  canComment,
}: {
  claimId: string;
  threads: CommentDto[];
  canComment: boolean;
}) {
  const t = useTranslations("comments");
  return (
    <section aria-labelledby="comments-heading" className="flex flex-col gap-3">
      <h2 id="comments-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {threads.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ol className="flex flex-col gap-3" data-testid="comments">
          {threads.map((thread) => (
            <li key={thread.id} className="rounded-lg border border-slate-200 bg-white p-3">
              <CommentBody comment={thread} />
              {thread.replies.length > 0 && (
                <ol className="mt-2 flex flex-col gap-2 border-s-2 border-slate-200 ps-3">
                  {thread.replies.map((reply) => (
                    <li key={reply.id}>
                      <CommentBody comment={reply} />
                    </li>
                  ))}
                </ol>
              )}
              {canComment && <CommentForm claimId={claimId} parent={thread} />}
            </li>
          ))}
        </ol>
      )}
      {canComment && <CommentForm claimId={claimId} parent={null} />}
    </section>
  );
}

function CommentBody({ comment }: { comment: CommentDto }) {
  const t = useTranslations("comments");
  const format = useFormatter();
  return (
    <div className="flex flex-col gap-1 text-sm">
      <p className="text-xs text-slate-600">
        <span className="font-semibold text-slate-800">{comment.author ?? "—"}</span> ·{" "}
        {format.dateTime(new Date(comment.createdAt), { dateStyle: "medium", timeStyle: "short" })}
      </p>
      <p className="whitespace-pre-line" dir="auto">
        {comment.body}
      </p>
      {comment.mentioned.length > 0 && (
        <p className="text-xs text-slate-600">{t("mentioned", { names: comment.mentioned.join(", ") })}</p>
      )}
    </div>
  );
}

function CommentForm({ claimId, parent }: { claimId: string; parent: CommentDto | null }) {
  const t = useTranslations("comments");
  const router = useRouter();
  const [open, setOpen] = useState(parent === null);
  const [body, setBody] = useState("");
  const [pending, startTransition] = useTransition();
  const { feedback, report } = useActionFeedback();
  if (!open) {
    return (
      <Button
        variant="ghost"
        className="mt-1"
        onClick={() => setOpen(true)}
        aria-label={t("replyTo", { name: parent?.author ?? "—" })}
      >
        {t("reply")}
      </Button>
    );
  }
  return (
    <form
      className="mt-2 flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          if (report(await addCommentAction({ claimId, parentId: parent?.id ?? null, body }), t("posted"))) {
            setBody("");
            if (parent) setOpen(false);
            router.refresh();
          }
        });
      }}
    >
      <MentionTextarea
        label={parent ? t("replyTo", { name: parent.author ?? "—" }) : t("body")}
        hint={t("bodyHint")}
        name="body"
        value={body}
        onValueChange={setBody}
        rows={parent ? 2 : 3}
        dir="auto"
        required
      />
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {t("post")}
        </Button>
        {parent && (
          <Button variant="ghost" onClick={() => setOpen(false)}>
            {t("cancel")}
          </Button>
        )}
      </div>
      {feedback?.tone === "error" && <Notice tone="error">{feedback.text}</Notice>}
    </form>
  );
}
