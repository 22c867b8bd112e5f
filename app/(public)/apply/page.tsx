import type { Metadata } from "next";
import Link from "next/link";
import { ApplicationForm } from "@/components/requests/application-form";
import { APPLICATION_FORM_OPTIONS } from "@/components/requests/application-form-options";
import { findTopUnit } from "@/lib/site/queries";
import { listPublicUnits } from "@/lib/units/public-queries";
import { submitApplicationAction } from "./actions";

export const metadata: Metadata = { title: "依申请公开" };

/** How to apply for information that is not proactively published (条例 art. 27–33). */
export default async function ApplyPage() {
  const [top, units] = await Promise.all([findTopUnit(), listPublicUnits()]);
  return (
    <div className="max-w-3xl space-y-6 text-lg leading-relaxed">
      <h1 className="text-2xl font-bold">依申请公开</h1>
      <p>
        除行政机关主动公开的政府信息外，公民、法人或者其他组织可以向行政机关申请获取相关政府信息（《政府信息公开条例》第二十七条）。申请前，请先在
        <Link href="/search">公开目录</Link>中检索，已主动公开的信息可直接查阅。
      </p>
      <section aria-labelledby="content-heading" className="space-y-2">
        <h2 id="content-heading" className="text-xl font-bold">
          申请应当包括的内容
        </h2>
        <ol className="list-decimal space-y-1 pl-6">
          <li>申请人的姓名或者名称、身份证明、联系方式；</li>
          <li>申请公开的政府信息的名称、文号或者便于查询的其他特征性描述；</li>
          <li>申请公开的政府信息的形式要求，包括获取信息的方式、途径。</li>
        </ol>
      </section>
      <section aria-labelledby="channels-heading" className="space-y-2">
        <h2 id="channels-heading" className="text-xl font-bold">
          申请方式
        </h2>
        <p>
          可以在本页<a href="#apply-form">在线提交申请</a>
          ，也可以当面提交或通过邮政寄送书面申请，地址和办公时间见各单位的政府信息公开指南。书写确有困难的，可以口头提出，由工作人员代为填写。已提交的申请可以
          <Link href="/track">查询办理进度</Link>。
        </p>
        <p>{top ? <Link href={`/units/${top.id}#guide`}>查看政府信息公开指南（含受理机构地址和电话）</Link> : "政府信息公开指南正在编制中。"}</p>
      </section>
      <section aria-labelledby="time-heading" className="space-y-2">
        <h2 id="time-heading" className="text-xl font-bold">
          答复期限
        </h2>
        <p>
          能够当场答复的当场答复；不能当场答复的，自收到申请之日起 20 个工作日内答复；需要延长的，经负责人同意可延长不超过 20
          个工作日。申请内容不明确的，行政机关会在 7 个工作日内一次性告知补正，答复期限自收到补正后的申请起计算。
        </p>
      </section>
      <section aria-labelledby="apply-form" className="space-y-4">
        <h2 id="apply-form" className="text-xl font-bold">
          在线申请
        </h2>
        <p className="text-base text-slate-700">带 * 的为必填项。您的个人信息仅用于办理本申请，不会公开。</p>
        <ApplicationForm
          action={submitApplicationAction}
          units={units.map(({ item, depth }) => ({ id: item.id, label: `${"　".repeat(depth)}${item.name}` }))}
          options={APPLICATION_FORM_OPTIONS}
          submitLabel="提交申请"
        />
      </section>
    </div>
  );
}
