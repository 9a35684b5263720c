/**
 * Where each message of the error lookup comes from: the help pages and knowledge-base articles
 * that quote it (found with the search tool, read 6 Dec 2026). The entries state the facts in
 * Sync Doctor's own words; these are kept beside them so anyone can check the wording and cause.
 */
export interface MessageSource {
  title: string;
  url: string;
}

export const SOURCES = {
  seedNotSyncing: { title: 'AutoEntry Help Centre: Invoices not publishing to accounting software (the product’s seed article)', url: 'https://help.autoentry.com/en/articles/4719975-invoices-not-publishing-to-accounting-software' },
  seedStatus: { title: 'AutoEntry Help Centre: Check the integration status (the product’s seed article)', url: 'https://help.autoentry.com/en/articles/8540596-check-the-integration-status' },
  publishingStatus: { title: 'AutoEntry Help Centre: Publishing status', url: 'https://help.autoentry.com/en/articles/12036808-publishing-status' },
  publicationErrors: { title: 'AutoEntry Help Centre: Publication errors', url: 'https://help.autoentry.com/en/articles/12035205-publication-errors' },
  allocateCodes: { title: 'AutoEntry Help Centre: Allocate Supplier Account/Category/Tax Code to an invoice', url: 'https://help.autoentry.com/en/articles/1312846-selecting-supplier-account-category-and-tax-codes' },
  tokenRequired: { title: 'AutoEntry Help Centre: Using 2-Factor Authentication for Sync App users', url: 'https://help.autoentry.com/en/articles/5356013-using-2fa-security-for-sync-app-users' },
  sageIdPassword: { title: 'AutoEntry Help Centre: Creating an AutoEntry password for Sage ID users', url: 'https://help.autoentry.com/en/articles/4179309-creating-an-autoentry-password-for-sage-id-users' },
  duplicateCheck: { title: 'AutoEntry Help Centre: Duplicate check look-back period', url: 'https://help.autoentry.com/en/articles/3411903-duplicate-check-look-back-period' },
  publishInvoices: { title: 'AutoEntry Help Centre: Publish invoices', url: 'https://help.autoentry.com/en/articles/1312943-publish-invoices' },
  aggregateException: { title: 'Microsoft .NET: AggregateException class (its default message is “One or more errors occurred.”)', url: 'https://learn.microsoft.com/en-us/previous-versions/windows/apps/dd386929(v=vs.105)' },
  sageCompanyFile: { title: 'Sage Knowledgebase: How Sage Accounts uses the Company file', url: 'https://gb-kb.sage.com/portal/app/portlets/results/view2.jsp?k2dockey=200427112157518' },
  sageLocking: { title: 'Sage Knowledgebase: File locking and exclusive program areas in Sage 50 Accounts', url: 'https://gb-kb.sage.com/portal/app/portlets/results/viewsolution.jsp?solutionid=200427112155714' },
  sageFailedTransactions: { title: 'Sage Knowledgebase: View failed transactions', url: 'https://gb-kb.sage.com/portal/app/portlets/results/view2.jsp?k2dockey=200427112454208' },
  sageUnc: { title: 'Pimbrook: Connecting to your Sage Accounts data using a UNC path', url: 'https://pimbrook.ie/knowledge-base/connecting-to-your-sage-accounts-data-using-a-unc-path/' },
  sageAccessDenied: { title: 'TechShizz: Access Denied when starting Sage', url: 'https://techshizz.com/access-denied-when-starting-sage/' },
  intuitH: { title: 'Intuit Community: Error H101, H202, H303 or H505 when opening your company file', url: 'https://community.intuit.com/articles/1502150-error-h101-h202-h303-or-h505-when-opening-your-company-file' },
  intuit6189: { title: 'QuickBooks Learn & Support: How to fix Error 6189, 816', url: 'https://quickbooks.intuit.com/learn-support/en-uk/open-programs/how-to-fix-error-6189-816/00/239207' },
  reckon6000: { title: 'Reckon Help: Errors H101, H202, H303, H505, -6177,0, -6123,0, -6000, -77, -80, -83 on network environment', url: 'https://help.reckon.com/article/enblspc3sq-kba-3626-errors-h-101-h-202-h-303-h-505-61770-61230-6000-80-83-on-network-environment' },
  reckon6177: { title: 'Reckon KB 404: Error -6177, 0 or -6000, -83 when opening a company file on a network', url: 'https://kb.reckon.com.au/issue_view.asp?ID=404' },
  series6000: { title: 'AccountingsCart: QuickBooks Error -6000 series (-77, -80, -83, -301, -305, -816)', url: 'https://www.accountingscart.com/quickbooks-errors/error-6000' },
  series6000b: { title: 'TechBrot: QuickBooks 6000-series file-access and integrity errors', url: 'https://techbrot.com/quickbooks/help/error-codes/error-6000-series/' },
  error6123: { title: 'SMB Accountants: Fix QuickBooks Error 6123', url: 'https://smbaccountants.com/errors/fix-quickbooks-error-6123' },
  h505Text: { title: 'eBetterBooks: QuickBooks Error H505', url: 'https://ebetterbooks.com/?p=42774' },
  h202Text: { title: 'TechSite: What is QuickBooks Error H202', url: 'https://www.techsite.io/p/1899009/t/what-is-quickbooks-error-h202-and-how-do-you-fix-it' },
} satisfies Record<string, MessageSource>;
